package index

import zapx "github.com/blevesearch/zapx/v17"

// Zap sizes the buffer of each new segment from the average document size
// of the previous one times the batch's length plus 100. After a batch
// holding one very large article (a 19 MB file is allowed), the next batch
// of small documents asked for gigabytes up front. Starting every buffer
// empty lets it grow with what is written, at the cost of a few copies.
func init() {
	zapx.NewSegmentBufferAvgBytesPerDocFactor = 0
}
