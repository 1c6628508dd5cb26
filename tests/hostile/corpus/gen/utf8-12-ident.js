var aÿb = 1;
