Number.MAX_VALUE.toString(2).length;
