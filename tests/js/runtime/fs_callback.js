// fs callback forms: the work runs on the thread pool, the callback gets
// (err) or (null, value) from the loop; a chain of operations in a
// temporary directory, and the errors' shapes.
const fs = require('fs');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'tierlab-fs-cb-'));
const rel = (s) => String(s).split(tmp).join('<tmp>');
const f = path.join(tmp, 'a.txt');
const steps = [];

print('sync part done first');   // expect: sync part done first
fs.writeFile(f, 'line 1\n', function (err) {
  print('writeFile', arguments.length, err, this === undefined || this === globalThis || typeof this === 'object');
  // expect: writeFile 1 null true
  fs.appendFile(f, 'line 2\n', (err) => {
    print('appendFile', err);   // expect: appendFile null
    fs.readFile(f, 'utf8', function (err, data) {
      print('readFile', arguments.length, err, JSON.stringify(data));   // expect: readFile 2 null "line 1\nline 2\n"
      fs.stat(f, (err, st) => {
        print('stat', err, st.size, st.isFile(), st.isDirectory());   // expect: stat null 14 true false
        fs.readdir(tmp, (err, names) => {
          print('readdir', err, JSON.stringify(names));   // expect: readdir null ["a.txt"]
          fs.mkdir(path.join(tmp, 'x', 'y'), { recursive: true }, (err, first) => {
            print('mkdir', err, rel(first));   // expect: mkdir null <tmp>/x
            fs.readdir(tmp, { withFileTypes: true }, (err, ents) => {
              print('dirents', ents.map((d) => d.name + (d.isDirectory() ? '/' : '')).join(' '));   // expect: dirents a.txt x/
              errors();
            });
          });
        });
      });
    });
  });
});

function show(label, args) {
  const err = args[0];
  print(label, args.length, err.code, err.errno, err.syscall, rel(err.path), rel(err.message), args[1]);
  print(Object.keys(err).join(), /\n    at /.test(err.stack));
}

function errors() {
  fs.readFile(path.join(tmp, 'nope'), 'utf8', function () {
    show('readFile', arguments);
    // expect: readFile 1 ENOENT -2 open <tmp>/nope ENOENT: no such file or directory, open '<tmp>/nope' undefined
    // expect: errno,code,syscall,path false
    fs.readFile(tmp, function () {
      show('readFile dir', arguments);
      // expect: readFile dir 1 EISDIR -21 read undefined EISDIR: illegal operation on a directory, read undefined
      // expect: errno,code,syscall false
      fs.stat(path.join(tmp, 'nope'), function () {
        show('stat', arguments);
        // expect: stat 1 ENOENT -2 stat <tmp>/nope ENOENT: no such file or directory, stat '<tmp>/nope' undefined
        // expect: errno,code,syscall,path false
        fs.readdir(f, function () {
          show('readdir', arguments);
          // expect: readdir 1 ENOTDIR -20 scandir <tmp>/a.txt ENOTDIR: not a directory, scandir '<tmp>/a.txt' undefined
          // expect: errno,code,syscall,path false
          fs.unlink(path.join(tmp, 'nope'), function () {
            show('unlink', arguments);
            // expect: unlink 1 ENOENT -2 unlink <tmp>/nope ENOENT: no such file or directory, unlink '<tmp>/nope' undefined
            // expect: errno,code,syscall,path false
            cleanup();
          });
        });
      });
    });
  });
}

function cleanup() {
  fs.rm(tmp, { recursive: true }, (err) => {
    print('rm', err, fs.existsSync(tmp));   // expect: rm null false
    // an exception thrown by a callback is uncaught, as in node
    fs.access(__filename, () => { throw new Error('thrown from an fs callback'); });
  });
}
// expect error: Error: thrown from an fs callback
