package cli

import "context"

func cmdQuotes(ctx context.Context, c *call) error { return errNotYet }

func cmdPeople(ctx context.Context, c *call) error { return errNotYet }

func cmdPerson(ctx context.Context, c *call) error { return errNotYet }
