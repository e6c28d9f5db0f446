"""One module per workload: W1 nightly MaxCut batch, W2 chemistry, W3 overhead, W4 replay, W6 store scaling."""
