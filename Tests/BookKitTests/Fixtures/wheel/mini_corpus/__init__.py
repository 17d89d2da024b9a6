"""Not extracted."""
