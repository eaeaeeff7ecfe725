# The languages Fakeprint ships, besides English (the source language). One .ts per language in this folder:
# fakeprint_<lang>.ts. fakeprint_en.ts holds only the English plural forms (%n) of the source strings.
set(FAKEPRINT_TRANSLATED_LANGUAGES de fr es el ar)
set(FAKEPRINT_LANGUAGES en ${FAKEPRINT_TRANSLATED_LANGUAGES})
