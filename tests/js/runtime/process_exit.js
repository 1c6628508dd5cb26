// process.exit(): 'exit' listeners run once with the code, stdout is
// flushed, nothing after it runs (the rest of the callback, other timers,
// pending promise jobs).
process.on('exit', (code) => {
  print('exit listener', code);
  process.exit(0);   // inside an exit listener: ends at once, the listeners are not run again
});
let n = 0;
const iv = setInterval(() => {
  n++;
  process.stdout.write('tick ' + n + '\n');
  if (n === 3) {
    Promise.resolve().then(() => print('microtask never runs'));
    setTimeout(() => print('timer never runs'), 0);
    process.exit(3);
    print('not reached');
  }
}, 1);
// expect: tick 1
// expect: tick 2
// expect: tick 3
// expect: exit listener 3
