var aí €í°€b = 1;
