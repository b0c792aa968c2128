package cli

import "context"

func cmdAnnotate(ctx context.Context, c *call) error { return errNotYet }

func cmdAnnotations(ctx context.Context, c *call) error { return errNotYet }

func cmdOrphans(ctx context.Context, c *call) error { return errNotYet }

func cmdEdit(ctx context.Context, c *call) error { return errNotYet }

func cmdHistory(ctx context.Context, c *call) error { return errNotYet }

func cmdTags(ctx context.Context, c *call) error { return errNotYet }

func cmdTag(ctx context.Context, c *call) error { return errNotYet }
