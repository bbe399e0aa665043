"""GLO.ACT Field: offline-first records for the Global Action against Trafficking in Persons
and the Smuggling of Migrants."""

__version__ = "0.1.0"
APP_NAME = "GLO.ACT Field"
APP_ID = "glo-act-field"
