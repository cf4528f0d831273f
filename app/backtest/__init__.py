"""The early-warning backtest: generated firms with known onsets, judged day by day by the health engine."""
