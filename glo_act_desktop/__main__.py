import sys

from glo_act_desktop.cli import main

sys.exit(main())
