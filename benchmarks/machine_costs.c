/*
 * machine_costs.c -- what the operations a JIT's install is made of cost on
 * this machine: a system call, a write into a fresh page of code memory
 * mapped twice and its first read through the other view (how
 * tiers/x64/x64_mem.c writes code by default since session 15: the two
 * faults that are most of an install), a pwrite through /proc/self/mem
 * (--jit-write=proc-mem), a pair of mprotect flips (the last fallback),
 * and the first touch of a fresh page from user space.
 * benchmarks/compile_speed.py builds and runs it, so a compile-speed report
 * says what machine it came from (docs/tiers.md, "Session 11": the same
 * compiler measured 21.4 and 11.1 B/us on two machines).
 *
 *   cc -O2 benchmarks/machine_costs.c -o machine_costs && ./machine_costs
 *
 * Prints one line of medians over 5 rounds, in microseconds.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 5
#define PAGES 256
#define PAGE 4096

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v)
{
    qsort(v, ROUNDS, sizeof *v, cmp_double);
    return v[ROUNDS / 2];
}

/* Each returns the cost of one operation in us, or a negative number when
 * the operation is not available here. */
static double syscall_us(void)
{
    enum { N = 20000 };
    double t = now_us();
    for (int i = 0; i < N; i++) syscall(SYS_getppid);
    return (now_us() - t) / N;
}

static double pwrite_us(int fd, uint8_t *code, size_t page_step)
{
    enum { N = 200 };
    uint8_t buf[256];
    memset(buf, 0xCC, sizeof buf);
    double t = now_us();
    for (int i = 0; i < N; i++)
        if (pwrite(fd, buf, sizeof buf, (off_t)(uintptr_t)(code + (size_t)i * page_step)) != (ssize_t)sizeof buf)
            return -1;
    return (now_us() - t) / N;
}

static double mprotect_pair_us(uint8_t *code)
{
    enum { N = 2000 };
    double t = now_us();
    for (int i = 0; i < N; i++)
        if (mprotect(code, PAGE, PROT_READ | PROT_WRITE) != 0 || mprotect(code, PAGE, PROT_READ | PROT_EXEC) != 0)
            return -1;
    return (now_us() - t) / N;
}

/* A 256-byte copy into a fresh page of shared memory through a writable
 * view and a read of it through a second, read+execute view -- what an
 * install through x64_mem.c's alias and the code's first run cost a
 * fresh page (a fetch faults as a read does). */
static double alias_fresh_us(void)
{
    enum { N = 200 };
    size_t len = (size_t)N * PAGE;
    uint8_t *rx = mmap(NULL, len, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (rx == MAP_FAILED) return -1;
    uint8_t *rw = mremap(rx, 0, len, MREMAP_MAYMOVE);
    if (rw == MAP_FAILED || mprotect(rw, len, PROT_READ | PROT_WRITE) != 0) {
        munmap(rx, len);
        return -1;
    }
    uint8_t buf[256];
    memset(buf, 0xCC, sizeof buf);
    volatile uint8_t sink = 0;
    double t = now_us();
    for (size_t i = 0; i < N; i++) {
        memcpy(rw + i * PAGE, buf, sizeof buf);
        sink ^= ((volatile uint8_t *)rx)[i * PAGE];
    }
    double us = (now_us() - t) / N;
    munmap(rw, len);
    munmap(rx, len);
    return us;
}

static double first_touch_us(void)
{
    volatile uint8_t *p = mmap(NULL, (size_t)PAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return -1;
    double t = now_us();
    for (size_t i = 0; i < PAGES; i++) p[i * PAGE] = 1;
    double us = (now_us() - t) / PAGES;
    munmap((void *)p, (size_t)PAGES * PAGE);
    return us;
}

int main(void)
{
    int fd = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
    double sc[ROUNDS], al[ROUNDS], pw[ROUNDS], pwf[ROUNDS], mp[ROUNDS], ft[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        /* read+execute code pages, as x64_mem.c maps them; 200 fresh ones a round */
        size_t len = 201 * (size_t)PAGE;
        uint8_t *code = mmap(NULL, len, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (code == MAP_FAILED) {
            perror("machine_costs: mmap");
            return 1;
        }
        sc[r] = syscall_us();
        al[r] = alias_fresh_us();
        pwf[r] = fd >= 0 ? pwrite_us(fd, code + PAGE, PAGE) : -1;   /* each onto a fresh page */
        pw[r] = fd >= 0 ? pwrite_us(fd, code, 0) : -1;             /* the same page again */
        mp[r] = mprotect_pair_us(code);
        ft[r] = first_touch_us();
        munmap(code, len);
    }
    printf("machine: syscall %.2f us, alias write+read of a fresh page %.2f us, pwrite /proc/self/mem %.2f us "
           "(fresh page %.2f), mprotect pair %.2f us, first touch %.2f us a page\n",
           median(sc), median(al), median(pw), median(pwf), median(mp), median(ft));
    return 0;
}
