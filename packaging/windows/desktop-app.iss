; Inno Setup 6 script: the Windows installer of OCR Review Desk. Cannot be built on the Linux
; build machines (packaging/README.md); on Windows, after the PyInstaller build:
;   pyinstaller packaging\desktop-app.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\desktop-app.iss
; It packs the whole dist\desktop-app folder (the files of packaging/bundle_data.py, the same as
; the Linux bundle): desktop-app.exe (the window) and desktop-app-cli.exe (the command line).
; IT installs it once for all users; it adds a Start-menu entry, an uninstaller, opens
; *.review.json files in the app, and puts the folder on PATH so `desktop-app-cli ocr ...` works.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (desktop_app/__init__.py, __version__)
#endif
#define AppName "OCR Review Desk"
#define AppExe "desktop-app.exe"
#define CliExe "desktop-app-cli.exe"
#define ProgId "OcrReviewDesk.ReviewFile"

[Setup]
; a fixed id: upgrades replace the installed version instead of adding a second one
AppId={{6E3C1F1A-7A4B-4D6B-9B1E-0C5D2F8A3E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=OCR Review Desk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ocr-review-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\desktop-app.ico
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
ChangesEnvironment=yes
Compression=lzma2
SolidCompression=yes
LicenseFile=..\..\resources\licenses\README.md
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\desktop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; .review.json opens in the app (the ProgID is removed again by the uninstaller)
Root: HKA; Subkey: "Software\Classes\.review.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "OCR review file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".review.json"; ValueData: ""; Flags: uninsdeletekey
; the console program on PATH for scripts and IT (desktop-app-cli ocr ...)
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_LOCAL_MACHINE,
    'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
