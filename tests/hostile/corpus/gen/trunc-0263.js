const frozen = 1;
fro