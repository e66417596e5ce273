"""Discord adapters: one feature per module, translating events into service calls."""
