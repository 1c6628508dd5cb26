// richards — an operating-system scheduler simulation (after Martin
// Richards' BCPL benchmark): a task table with priorities, packets passed
// between an idle task, a worker, two handlers and two devices. Exercises
// property access on a few stable object shapes, virtual calls (task.run)
// and linked lists. Written for tierlab from the algorithm's description.
//
// run() performs ROUNDS full schedules and returns the queue/hold counts of
// the last one; the counts for COUNT = 1000 are the benchmark's classic
// self-check (2322 packets queued, 928 holds).

var COUNT = 1000;
var ROUNDS = 50;
var EXPECTED_QUEUE_COUNT = 2322;
var EXPECTED_HOLD_COUNT = 928;

var ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
var NUMBER_OF_IDS = 6;
var KIND_DEVICE = 0, KIND_WORK = 1;
var DATA_SIZE = 4;

// Task states are bit sets: RUNNABLE (has a packet), SUSPENDED, HELD.
var STATE_RUNNING = 0, STATE_RUNNABLE = 1, STATE_SUSPENDED = 2, STATE_HELD = 4;
var STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
var STATE_NOT_HELD = ~STATE_HELD;

class Packet {
  constructor(link, id, kind) {
    this.link = link;
    this.id = id;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = [0, 0, 0, 0];
  }
  // Append this packet to the end of queue; returns the new head.
  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    var last = queue;
    while (last.link !== null) last = last.link;
    last.link = this;
    return queue;
  }
}

class TaskControlBlock {
  constructor(link, id, priority, queue, task) {
    this.link = link;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  }
  setRunning() { this.state = STATE_RUNNING; }
  markAsNotHeld() { this.state &= STATE_NOT_HELD; }
  markAsHeld() { this.state |= STATE_HELD; }
  markAsSuspended() { this.state |= STATE_SUSPENDED; }
  markAsRunnable() { this.state |= STATE_RUNNABLE; }
  isHeldOrSuspended() { return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED; }
  run() {
    var packet = null;
    if (this.state === STATE_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      this.queue = packet.link;
      this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
    }
    return this.task.run(packet);
  }
  // A packet arrives for this task while `current` runs: who runs next?
  checkPriorityAdd(current, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.markAsRunnable();
      if (this.priority > current.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return current;
  }
}

class Scheduler {
  constructor() {
    this.queueCount = 0;
    this.holdCount = 0;
    this.table = new Array(NUMBER_OF_IDS);
    this.list = null;
    this.current = null;
    this.currentId = -1;
  }
  addTask(id, priority, queue, task) {
    this.current = new TaskControlBlock(this.list, id, priority, queue, task);
    this.list = this.current;
    this.table[id] = this.current;
  }
  addIdleTask(id, priority, queue, count) {
    this.addTask(id, priority, queue, new IdleTask(this, 1, count));
    this.current.setRunning();
  }
  addWorkerTask(id, priority, queue) { this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0)); }
  addHandlerTask(id, priority, queue) { this.addTask(id, priority, queue, new HandlerTask(this)); }
  addDeviceTask(id, priority, queue) { this.addTask(id, priority, queue, new DeviceTask(this)); }
  schedule() {
    this.current = this.list;
    while (this.current !== null) {
      if (this.current.isHeldOrSuspended()) {
        this.current = this.current.link;
      } else {
        this.currentId = this.current.id;
        this.current = this.current.run();
      }
    }
  }
  release(id) {
    var tcb = this.table[id];
    tcb.markAsNotHeld();
    return tcb.priority > this.current.priority ? tcb : this.current;
  }
  holdCurrent() {
    this.holdCount++;
    this.current.markAsHeld();
    return this.current.link;
  }
  suspendCurrent() {
    this.current.markAsSuspended();
    return this.current;
  }
  queue(packet) {
    var target = this.table[packet.id];
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return target.checkPriorityAdd(this.current, packet);
  }
}

class IdleTask {
  constructor(scheduler, seed, count) { this.scheduler = scheduler; this.seed = seed; this.count = count; }
  run(packet) {
    if (--this.count === 0) return this.scheduler.holdCurrent();
    // A pseudo-random bit decides which device to wake.
    if ((this.seed & 1) === 0) {
      this.seed >>= 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xD008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask {
  constructor(scheduler) { this.scheduler = scheduler; this.pending = null; }
  run(packet) {
    if (packet === null) {
      if (this.pending === null) return this.scheduler.suspendCurrent();
      var p = this.pending;
      this.pending = null;
      return this.scheduler.queue(p);
    }
    this.pending = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask {
  constructor(scheduler, destination, counter) { this.scheduler = scheduler; this.destination = destination; this.counter = counter; }
  run(packet) {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.destination;
    packet.a1 = 0;
    for (var i = 0; i < DATA_SIZE; i++) {
      if (++this.counter > 26) this.counter = 1;
      packet.a2[i] = this.counter;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask {
  constructor(scheduler) { this.scheduler = scheduler; this.work = null; this.devices = null; }
  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.addTo(this.work);
      else this.devices = packet.addTo(this.devices);
    }
    if (this.work !== null) {
      var count = this.work.a1;
      if (count < DATA_SIZE) {
        if (this.devices !== null) {
          var dev = this.devices;
          this.devices = dev.link;
          dev.a1 = this.work.a2[count];
          this.work.a1 = count + 1;
          return this.scheduler.queue(dev);
        }
      } else {
        var w = this.work;
        this.work = w.link;
        return this.scheduler.queue(w);
      }
    }
    return this.scheduler.suspendCurrent();
  }
}

function runRichards() {
  var s = new Scheduler();
  s.addIdleTask(ID_IDLE, 0, null, COUNT);
  var q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  s.addWorkerTask(ID_WORKER, 1000, q);
  q = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  s.addHandlerTask(ID_HANDLER_A, 2000, q);
  q = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  s.addHandlerTask(ID_HANDLER_B, 3000, q);
  s.addDeviceTask(ID_DEVICE_A, 4000, null);
  s.addDeviceTask(ID_DEVICE_B, 5000, null);
  s.schedule();
  return s;
}

function run() {
  var s;
  for (var r = 0; r < ROUNDS; r++) {
    s = runRichards();
    if (s.queueCount !== EXPECTED_QUEUE_COUNT || s.holdCount !== EXPECTED_HOLD_COUNT)
      throw new Error("richards: wrong result: queueCount " + s.queueCount + ", holdCount " + s.holdCount);
  }
  return s.queueCount + "/" + s.holdCount;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
// Under the bench protocol (tierlab --bench-iterations, node_bench.js) the
// driver calls run() itself and sets __bench first.
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("richards: " + result);
})();
