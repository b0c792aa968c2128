package cli

import "context"

func cmdSearch(ctx context.Context, c *call) error { return errNotYet }

func cmdBench(ctx context.Context, c *call) error { return errNotYet }
