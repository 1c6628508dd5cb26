var aí €b = 1;
