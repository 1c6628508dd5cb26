// returning a thenable from an async function adopts it
(async () => ({ then(r) { r('thenable'); } }))().then(v => print(v)); // expect: thenable
