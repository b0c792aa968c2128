package cli

import (
	"context"
	"fmt"

	"dossier/app"
)

// cmdConflicts lists what bundle merges kept side by side for the analyst
// to settle: texts kept as revisions or joined, and quotes decided
// differently on the two sides (both decisions are in the quote list).
func cmdConflicts(ctx context.Context, c *call) error {
	asJSON := c.fs.Bool("json", false, "print JSON")
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	cs, err := lib.MergeConflicts()
	if err != nil {
		return err
	}
	if *asJSON {
		if cs == nil {
			cs = []app.MergeConflict{}
		}
		return printJSON(c.Stdout, cs)
	}
	if len(cs) == 0 {
		fmt.Fprintln(c.Stdout, "No conflicts: nothing was changed differently on two sides.")
		return nil
	}
	for _, m := range cs {
		fmt.Fprintf(c.Stdout, "%s  %-10s %s  %s  (%s, from %s)\n", m.At.Local().Format("2006-01-02 15:04"), m.Kind, m.ID,
			quoted(m.Title, 50), m.Field, m.Origin)
		fmt.Fprintf(c.Stdout, "    %s\n", m.Note)
		if m.CopyID != "" {
			fmt.Fprintf(c.Stdout, "    the other decision: quote %s\n", m.CopyID)
		}
	}
	return nil
}
