"""Canonical field names: one name per field of a document type, the same for every provider of it.

The vendors' keys carry their typos (`ownership_adress`, `date_of_posession`) and differ in case
between a document and its answers (`Identification_number`); downstream systems get one stable
name instead. One table per document type below: canonical name, the vendor key(s) it comes from
(in order of preference: the first one found with a value wins), what normalising applies, and
whether it is personal data (masked in presentation mode). docs/canonical-fields.md is generated
from these tables (`python -m desktop_app.core.catalogue.canonical`); a test keeps them in step.

A canonical column listed with two keys (ID card `date_of_birth` from `dob_th` and `dob_en`) or a
key read on two pages (the Vietnamese plate on front and back) is one column; when the readings
disagree after normalising, the export reports it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Normalising kinds: "text" (trimmed), "date" (ISO 8601), "id_number" (digits only), "province"
# (the canonical province name), "number" (a bare number), "plate" / "code" (upper case, no spaces
# around). The checks (core/checks) already compute most of these; see core/export/normalise.py.


@dataclass(frozen=True)
class Canonical:
    """A catalogue field's canonical name, the answer keys it is read from and its kind."""

    name: str
    keys: tuple[str, ...]
    kind: str = "text"
    # Personal data, by what presentation mode does with it (core/presentation.py): "id" (all but
    # the last digits hidden), "dob", "religion", "mrz" (always hidden), "name", "address" (hidden
    # when the clerk asks for names too); None: not personal.
    personal: str | None = None


def _c(name: str, *keys: str, kind: str = "text", personal: str | None = None) -> Canonical:
    return Canonical(name, tuple(keys), kind, personal)


_ID = {"kind": "id_number", "personal": "id"}

TABLES: dict[str, tuple[Canonical, ...]] = {
    # AIGEN vehicle book v1 and v2 answer the same keys (v1 leaves out what it did not find, v2
    # answers `{}`): the columns are the same whichever version read the book.
    "vehicle_book": (
        _c("registration_date", "registration_date", kind="date"),
        _c("plate_number", "registration_number_car", kind="plate"),
        _c("province", "province", kind="province"),
        _c("vehicle_type", "type"),
        _c("body_style", "characteristic"),
        _c("make", "brand_car"),
        _c("model", "model"),
        _c("model_year", "year_model", kind="number"),
        _c("colour", "color"),
        _c("chassis_number", "car_number", kind="code"),
        _c("chassis_number_location", "car_number_position"),
        _c("engine_make", "brand_engine"),
        _c("engine_number", "engine_number", kind="code"),
        _c("engine_number_location", "engine_number_position"),
        _c("fuel", "type_fuel"),
        _c("gas_tank_number", "gas_tank_positio", kind="code"),
        _c("cylinders", "number_of_cylinders", kind="number"),
        _c("engine_size_cc", "engine_size", kind="number"),
        _c("horsepower", "horsepower", kind="number"),
        _c("axles_and_wheels", "characteristic_drive"),
        _c("vehicle_weight_kg", "weight_car", kind="number"),
        _c("load_weight_kg", "weight_loading", kind="number"),
        _c("gross_weight_kg", "weight_all", kind="number"),
        _c("seats", "number_of_seat", kind="number"),
        _c("owner_sequence", "owner_order", kind="number"),
        _c("possession_date", "date_of_posession", kind="date"),
        _c("legal_owner_name", "ownership", personal="name"),
        _c("legal_owner_id_number", "ownership_number_of_card", **_ID),
        _c("legal_owner_date_of_birth", "ownership_birthday_date", kind="date", personal="dob"),
        _c("legal_owner_nationality", "ownership_nationality"),
        _c("legal_owner_address", "ownership_adress", personal="address"),
        _c("possessor_name", "owner", personal="name"),
        _c("possessor_id_number", "owner_number_of_card", **_ID),
        _c("possessor_date_of_birth", "owner_birthday_date", kind="date", personal="dob"),
        _c("possessor_nationality", "owner_nationality"),
        _c("possessor_address", "owner_adress", personal="address"),
        _c("hire_purchase_contract_number", "hire_purchase_contract_number", kind="code"),
        _c("hire_purchase_contract_date", "hire_purchase_contract_date", kind="date"),
    ),
    "thai_id_card": (
        _c("id_number", "id_number", **_ID),
        _c("full_name_th", "title_name_surname_th", personal="name"),
        _c("title_th", "title_th", personal="name"),
        _c("first_name_th", "name_th", personal="name"),
        _c("surname_th", "surname_th", personal="name"),
        _c("title_en", "title_en", personal="name"),
        _c("title_and_first_name_en", "title_name_en", personal="name"),
        _c("first_name_en", "name_en", personal="name"),
        _c("surname_en", "surname_en", personal="name"),
        _c("date_of_birth", "dob_th", "dob_en", kind="date", personal="dob"),
        _c("religion", "religion", personal="religion"),
        _c("address_line_1", "address_1", personal="address"),
        _c("address_line_2", "address_2", personal="address"),
        _c("address_full", "address_full", personal="address"),
        _c("address_house_number", "address_house_building_number", personal="address"),
        _c("address_street", "address_street_address", personal="address"),
        _c("address_sub_district", "address_sub_district"),
        _c("address_district", "address_district"),
        _c("address_province", "address_province", kind="province"),
        _c("address_postcode", "address_postcode", kind="code"),
        _c("date_of_issue", "doi_th", "doi_en", kind="date"),
        _c("date_of_expiry", "doe_th", "doe_en", kind="date"),
    ),
    "passport": (
        _c("document_type", "type", kind="code"),
        _c("country_code", "country_code", kind="code"),
        _c("passport_number", "passport_number", kind="code", personal="id"),
        _c("surname_en", "surname_en", personal="name"),
        _c("title_and_given_name_en", "title_name_en", personal="name"),
        _c("full_name_th", "title_name_surname_th", personal="name"),
        _c("nationality", "nationality"),
        _c("date_of_birth", "date_of_birth", kind="date", personal="dob"),
        _c("personal_id_number", "identification_number", **_ID),
        _c("sex", "sex", kind="code"),
        _c("height", "height"),
        _c("place_of_birth", "place_of_birth", personal="address"),
        _c("date_of_issue", "date_of_issue", kind="date"),
        _c("date_of_expiry", "date_of_expiry", kind="date"),
        _c("issuing_authority", "issuing_authority"),
        _c("holder_signature", "holder_signature", personal="name"),
        _c("mrz_line_1", "mrz_1", kind="code", personal="mrz"),
        _c("mrz_line_2", "mrz_2", kind="code", personal="mrz"),
    ),
    "vn_vehicle_registration": (
        _c("registration_certificate_number", "id", kind="code"),
        _c("plate_number", "plate", kind="plate"),
        _c("owner_name", "name", personal="name"),
        _c("owner_address", "address", personal="address"),
        _c("address_ward", "address_ward"),
        _c("address_ward_code", "address_ward_code", kind="code"),
        _c("address_district", "address_district"),
        _c("address_district_code", "address_district_code", kind="code"),
        _c("address_province", "address_town"),
        _c("address_province_code", "address_town_code", kind="code"),
        _c("make", "brand"),
        _c("model", "model"),
        _c("colour", "color"),
        _c("engine_number", "engine", kind="code"),
        _c("chassis_number", "chassis", kind="code"),
        _c("engine_capacity", "capacity", kind="number"),
        _c("payload", "pay_load", kind="number"),
        _c("year_of_manufacture", "year_of_manufacture", kind="number"),
        _c("seats", "sit", kind="number"),
        _c("standing_places", "stand", kind="number"),
        _c("lying_places", "lie", kind="number"),
        _c("place_of_issue", "issued_at"),
        _c("place_of_issue_code", "issued_at_code", kind="code"),
        _c("first_registration_date", "first_issue_date", kind="date"),
        _c("latest_issue_date", "last_issue_date", kind="date"),
    ),
}


def table(doc_type: str) -> tuple[Canonical, ...]:
    """The canonical columns of `doc_type`, in reading order (empty for an unknown type)."""
    return TABLES.get(doc_type, ())


def canonical_for(doc_type: str, key: str) -> Canonical | None:
    """The canonical field the vendor key `key` feeds (keys compare case-insensitively)."""
    wanted = key.lower()
    return next((c for c in table(doc_type) if wanted in c.keys), None)


def canonical_name(doc_type: str, key: str) -> str | None:
    """The canonical name of a vendor key; None for a key no table lists."""
    found = canonical_for(doc_type, key)
    return found.name if found is not None else None


def markdown() -> str:
    """docs/canonical-fields.md: every table, with the vendor keys and the normalising."""
    from . import DOC_TYPES, labels

    lines = ["# Canonical field names", "",
             "Generated from `desktop_app/core/catalogue/canonical.py` "
             "(`python -m desktop_app.core.catalogue.canonical > docs/canonical-fields.md`).",
             "",
             "Each document type has one name per field, the same for every provider of that type. "
             "The review file carries it beside the vendor key (`pages[].fields[].canonical`) and "
             "the exports (`desktop-app export`) have one column per name. Where a name lists two "
             "keys, the first key with a value wins and a disagreement between them is reported; "
             "so is a key read on two pages (the Vietnamese plate on front and back).",
             "",
             "Normalising: `date` → ISO 8601 (Buddhist-era years converted), `id_number` → digits "
             "only, `province` → the canonical Thai province name, `number` → a bare number, "
             "`plate`/`code` → trimmed, single spaces; `text` → trimmed. A value that cannot be "
             "normalised is exported as the clerk left it. *Personal* fields are masked in "
             "presentation mode: `id` shows only the last four characters; `dob`, `religion` and `mrz` are "
             "always hidden; `name` and `address` are hidden when the clerk also asks for names.", ""]
    for doc_type, (th, en, _vi) in DOC_TYPES.items():
        lines += [f"## {en} (`{doc_type}`, {th})", "",
                  "| canonical name | vendor key(s) | label | normalised as | personal |",
                  "|---|---|---|---|---|"]
        for c in table(doc_type):
            label = labels(doc_type, c.keys[0])[1]
            keys = ", ".join(f"`{k}`" for k in c.keys)
            lines.append(f"| `{c.name}` | {keys} | {label} | {c.kind} | {c.personal or ''} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
