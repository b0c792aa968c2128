// Package app is Dossier's domain: the records an analyst works with
// (articles, annotations, quotes, people, notes, tags) and the Library, whose
// methods are the use cases the CLI and the GUI call.
//
// app imports only the standard library and its own leaf packages (ingest,
// quotes, anchor, wikilink). Persistence and search are reached through the
// Store and Index interfaces, implemented by the storage (bbolt) and index
// (Bleve) packages; main.go wires them together.
package app
