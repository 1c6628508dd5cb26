(1e21).toString(2).length;
