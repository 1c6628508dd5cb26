var d = new Date(Date.UTC(1999, 0, 1));
print(d.getYear(), new Date(Date.UTC(2024, 0, 1)).getYear(), new Date(Date.UTC(1850, 0, 1)).getYear());
d.setYear(5); print(d.getFullYear());
d.setYear(-5); print(d.getFullYear());
