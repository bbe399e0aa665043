"""PDF reports: a record summary and a period summary, in any of the app's languages.

fonts (shipped Noto fonts, a font per script) -> text (bidi and shaping: our own line layout) ->
layout (translated labels, tables) -> record_summary / period_summary / charts (the content) ->
document (pages, header, "Page n of N", writing the file all or nothing). The data comes from
services.reports, which reads it through the store's repositories.
"""
