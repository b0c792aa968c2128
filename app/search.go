package app

// SearchHelp documents the search syntax for `dossier help search` and the
// app's help. TODO(search): full text with the search feature.
const SearchHelp = "Search help is being written.\n"
