"""Cross-stack client of LienThongExchange: zeep (python3-zeep) loads the served WSDL and calls CapNhatTrangThai.

Usage: python3 test/soap/zeep_client.py <wsdl-url> <member-id> <api-key> [<NoiDung>]
Prints the acknowledgement as JSON ({"MaGiaoDich", "TrangThai"}) and exits 0; on a SOAP fault prints
{"fault": {"faultcode", "faultstring", "Code"}} and exits 3. Exits 2 when zeep is not installed.
"""

import json
import sys
from datetime import datetime, timedelta, timezone

try:
    from zeep import Client
    from zeep.exceptions import Fault
    from zeep.wsse.username import UsernameToken
except ImportError:
    print("python3-zeep is not installed (Debian: apt-get install -y python3-zeep)", file=sys.stderr)
    sys.exit(2)

EXCHANGE_NS = "urn:lienthong:exchange:v1"


def main() -> int:
    wsdl_url, member, api_key = sys.argv[1:4]
    content = sys.argv[4] if len(sys.argv) > 4 else "Hồ sơ đang được thẩm định (zeep)"
    client = Client(wsdl_url, wsse=UsernameToken(member, api_key))
    try:
        ack = client.service.CapNhatTrangThai(
            MaHoSo="000.00.01.H26-250703-0031",
            TrangThai="4",
            NoiDung=content,
            ThoiDiemXuLy=datetime(2025, 7, 5, 14, 20, tzinfo=timezone(timedelta(hours=7))),
            NguoiXuLy="Cán bộ thẩm định",
        )
    except Fault as fault:
        code = fault.detail.find(f".//{{{EXCHANGE_NS}}}Code") if fault.detail is not None else None
        print(
            json.dumps(
                {
                    "fault": {
                        "faultcode": fault.code,
                        "faultstring": fault.message,
                        "Code": code.text if code is not None else None,
                    }
                },
                ensure_ascii=False,
            )
        )
        return 3
    print(json.dumps({"MaGiaoDich": ack.MaGiaoDich, "TrangThai": ack.TrangThai}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
