var ok = true;
for (var i =