// duplicate keys are a TypeError
