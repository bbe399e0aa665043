"""The frozen program's entry point: the same as `glo-act` and `python -m glo_act_desktop`."""

import sys

from glo_act_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
