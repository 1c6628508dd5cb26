var csv = "name,age,city\nann,30,Oslo\nbo,25,Rome";
var rows = csv.split("\