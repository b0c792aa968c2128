package cli

import (
	"context"
	"fmt"
	"io"

	"dossier/app"
)

// cmdConflicts lists what bundle merges kept side by side for the analyst
// to settle: texts kept as revisions or joined, and quotes decided
// differently on the two sides (both decisions are in the quote list).
func cmdConflicts(ctx context.Context, c *call) error {
	return listing(ctx, c, (*app.Library).MergeConflicts, func(w io.Writer, cs []app.MergeConflict) {
		if len(cs) == 0 {
			fmt.Fprintln(w, "No conflicts: nothing was changed differently on two sides.")
			return
		}
		for _, m := range cs {
			fmt.Fprintf(w, "%s  %-10s %s  %s  (%s, from %s)\n", m.At.Local().Format("2006-01-02 15:04"), m.Kind, m.ID,
				quoted(m.Title, 50), m.Field, m.Origin)
			fmt.Fprintf(w, "    %s\n", m.Note)
			if m.CopyID != "" {
				fmt.Fprintf(w, "    the other decision: quote %s\n", m.CopyID)
			}
		}
	})
}
