"""Qt front end of Gradient Explorer: draws, dispatches, never re-derives maths (see docs/ARCHITECTURE.md)."""
