package cli

import "context"

func cmdNote(ctx context.Context, c *call) error { return errNotYet }

func cmdLinks(ctx context.Context, c *call) error { return errNotYet }
