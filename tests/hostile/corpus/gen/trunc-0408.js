// Array.of vs Array constructor
print(Array.of(3).length, Array(3).length, Arr