from telesales.cli import main

raise SystemExit(main())
