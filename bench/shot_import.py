"""Render the import dialog offscreen to PNG files, to look at, in each language asked for:

    python bench/shot_import.py [--lang en zh_CN zh_TW] [--out shots]

A fresh 120-customer demo book and a GB18030 CSV with Chinese headers of 3,000 new customers plus two the book
already has. Files: import_<lang>_preview.png (the mapping and preview), import_<lang>_progress.png (the bar in
the search-keys phase, as a long import shows it), import_<lang>_done.png (after importing with merge).
"""

from __future__ import annotations

import csv
from pathlib import Path

from shot_kit import (  # first: an offscreen app with folders of its own
    demo_session,
    scratch,
    shot_parser,
    start_app,
)
from shot_kit import settle as settle_shots


def _file(path: Path, known: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="gb18030", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["客户名称", "联系人", "手机", "城市", "标签"])
        for number in range(3_000):
            out.writerow([f"新客户{number:04d}贸易有限公司", "周杰", f"139{number:08d}", "上海市", "展会客户"])
        out.writerows([name, "", phone, city, "VIP"] for name, phone, city in known)
    return path


def main() -> int:
    parser = shot_parser()
    args = parser.parse_args()


    from telesales.domain.import_progress import KEYS
    from telesales.domain.listing import ListQuery
    from telesales.ui.import_dialog import ImportDialog
    from telesales.ui.workers import Runner

    app, switcher = start_app(args.out)
    runner = Runner()
    for language in args.lang:
        session = demo_session(f"demo-{language}.sqlite")
        known = [(row.name, row.phone, row.area.city) for row in session.customer_listing(ListQuery()).page(0, 2)]
        path = _file(scratch / "新客户.csv", known)
        switcher.apply(language)
        dialog = ImportDialog(session, runner, [path])
        dialog.resize(980, 700)
        dialog.show()
        settle_shots(app, runner)

        def save(name: str, dialog: ImportDialog = dialog, language: str = language) -> None:
            app.processEvents()
            target = args.out / f"import_{language}_{name}.png"
            dialog.grab().save(str(target))
            print(target)

        save("preview")
        dialog._moved(KEYS, 61_234, 100_000)  # noqa: SLF001  # a long import's bar, as the worker moves it
        save("progress")
        dialog.merge.setChecked(True)
        dialog.import_button.click()
        settle_shots(app, runner, 40)
        save("done")
        dialog.close()
        session.close()
    runner.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
