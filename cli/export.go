package cli

import "context"

func cmdExport(ctx context.Context, c *call) error { return errNotYet }
