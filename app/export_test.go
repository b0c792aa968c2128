package app

import "context"

// StoreFiles stores files as one import batch without indexing them, so a
// test can change the library between the store's commit and Sync.
func StoreFiles(l *Library, paths ...string) ([]ImportOutcome, error) {
	batch := make([]prepared, 0, len(paths))
	for _, p := range paths {
		pr := l.prepare(context.Background(), importFile{path: p, explicit: true})
		if pr.err != nil {
			return nil, pr.err
		}
		batch = append(batch, pr)
	}
	return l.writeBatch(batch, false)
}

// HandedOver is the number of search documents the indexer took from the
// import instead of reading their records.
func HandedOver(l *Library) int {
	l.hand.mu.Lock()
	defer l.hand.mu.Unlock()
	return l.hand.taken
}

// ForgetSpeakerKind clears a person's kind, as on a page the quote finder
// made before speakers had kinds.
func ForgetSpeakerKind(l *Library, id string) error {
	return l.store.Update(func(tx Tx) error {
		var p Person
		if err := tx.Get(BucketPeople, id, &p); err != nil {
			return err
		}
		p.Kind = SpeakerPerson
		return tx.Put(BucketPeople, id, &p)
	})
}

// CommonNounPhrase exposes commonNounPhrase to the tests.
var CommonNounPhrase = commonNounPhrase
