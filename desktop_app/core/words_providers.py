"""The OCR services' and their options' names in Vietnamese (English and Thai live on the provider
objects themselves: `title_en`, `title_th`, `OptionSpec.label_en/label_th`). Data only; read by
core/provider_names.py. A test asks for an entry for every registered provider and option.
"""

from __future__ import annotations

TITLES_VI: dict[str, str] = {
    "aigen-vehicle-book-v1": "AIGEN sổ đăng ký xe Thái Lan (v1)",
    "aigen-vehicle-book-v2": "AIGEN sổ đăng ký xe Thái Lan (v2)",
    "aigen-idcard-v3": "AIGEN thẻ căn cước Thái Lan (v3)",
    "aigen-passport-v2": "AIGEN hộ chiếu (v2)",
    "cvvn-vehicle-registration": "Giấy đăng ký xe Việt Nam, một mặt (Computer Vision Vietnam)",
    "cvvn-vehicle-registrations": "Giấy đăng ký xe Việt Nam, mặt trước và mặt sau (Computer Vision Vietnam)",
    "demo": "Minh họa (kết quả mô phỏng)",
}

OPTIONS_VI: dict[str, str] = {
    "censor_field": "Che các trường này trong ảnh trả về",
    "image_file_conversion": "Chuyển ảnh trả về sang định dạng",
    "return_face": "Trả về ảnh khuôn mặt",
    "return_gender": "Trả về giới tính (theo danh xưng)",
    "return_signed": "Phát hiện chữ ký xác nhận trên bản sao thẻ",
    "do_field_validation": "Kiểm tra tính hợp lệ của các trường (chữ số kiểm tra của số định danh)",
    "return_datetime_iso": "Trả thêm ngày theo định dạng ISO",
    "format_type": "Cách gửi ảnh (base64 trong JSON hoặc tải tệp lên)",
    "get_thumb": "Trả về ảnh giấy tờ đã được căn chỉnh",
}
