// an uncaught TypeError thrown by the engine
print('start'); // expect: start
con