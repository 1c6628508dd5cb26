/*
 * test_lexer.c -- unit tests for engine/lexer.c: token classes, numbers,
 * strings and escapes, templates, regexp rescans, positions, errors.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

typedef struct Lx {
    Arena arena;
    Lexer lx;
    Token t;
} Lx;

static Lx *lx_open(const char *src)
{
    Lx *l = calloc(1, sizeof *l);
    lex_init(&l->lx, &l->arena, src, strlen(src));
    return l;
}

static void lx_close(Lx *l)
{
    arena_free(&l->arena);
    free(l);
}

static TokType next_type(Lx *l)
{
    ck_assert(lex_next(&l->lx, &l->t));
    return l->t.type;
}

static bool str_is(const uint16_t *u, uint32_t n, const char *ascii)
{
    if (strlen(ascii) != n) return false;
    for (uint32_t i = 0; i < n; i++)
        if (u[i] != (unsigned char)ascii[i]) return false;
    return true;
}

static double lex_num(const char *src)
{
    Lx *l = lx_open(src);
    ck_assert_int_eq(next_type(l), T_NUMBER);
    double v = l->t.num;
    ck_assert_int_eq(next_type(l), T_EOF);
    lx_close(l);
    return v;
}

static bool lex_fails(const char *src)
{
    Lx *l = lx_open(src);
    bool ok = true;
    for (int i = 0; i < 100 && ok; i++) {
        ok = lex_next(&l->lx, &l->t);
        if (ok && l->t.type == T_EOF) break;
    }
    lx_close(l);
    return !ok;
}

START_TEST(punctuators)
{
    static const TokType want[] = { T_LBRACE, T_RBRACE, T_ARROW, T_ELLIPSIS, T_QDOT, T_NULLISH,
                                    T_NULLISH_ASSIGN, T_USHR_ASSIGN, T_USHR, T_SHR, T_STARSTAR_ASSIGN,
                                    T_STARSTAR, T_SEQ, T_SNE, T_AND_ASSIGN, T_OR_ASSIGN, T_QUESTION,
                                    T_NUMBER, T_EOF };
    Lx *l = lx_open("{ } => ... ?. ?? ?\?= >>>= >>> >> **= ** === !== &&= ||= ?.5");
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) ck_assert_int_eq(next_type(l), want[i]);
    lx_close(l);
}
END_TEST

START_TEST(keywords_and_names)
{
    Lx *l = lx_open("if iff let of static instanceof \\u0061bc caf\xc3\xa9");
    ck_assert_int_eq(next_type(l), T_IF);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_str_eq(l->t.name, "iff");
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.cw, CW_LET);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.cw, CW_OF);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert(lex_is_strict_reserved((ContextWord)l->t.cw));
    ck_assert_int_eq(next_type(l), T_INSTANCEOF);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_str_eq(l->t.name, "abc");
    ck_assert(l->t.escaped);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_str_eq(l->t.name, "caf\xc3\xa9");
    lx_close(l);
    ck_assert(lex_fails("\xf0\x9f\x98\x80"));       /* an emoji is not ID_Start */
    ck_assert(lex_fails("\\u{1F600}"));
    l = lx_open("\xcf\x80 x\xe2\x80\x8c \xe4\xb8\xad");   /* pi, x+ZWNJ, a CJK ideograph */
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(next_type(l), T_NAME);
    lx_close(l);
    l = lx_open("\\u0069f");   /* escaped keyword: a name, flagged */
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert(l->t.escaped_keyword);
    ck_assert_str_eq(l->t.name, "if");
    lx_close(l);
}
END_TEST

START_TEST(numbers)
{
    ck_assert(lex_num("0") == 0);
    ck_assert(lex_num("42") == 42);
    ck_assert(lex_num("3.25") == 3.25);
    ck_assert(lex_num(".5") == 0.5);
    ck_assert(lex_num("1e3") == 1000);
    ck_assert(lex_num("2.5E-1") == 0.25);
    ck_assert(lex_num("0x1F") == 31);
    ck_assert(lex_num("0o17") == 15);
    ck_assert(lex_num("0b101") == 5);
    ck_assert(lex_num("1_000_000") == 1000000);
    ck_assert(lex_num("0xFF_FF") == 65535);
    ck_assert(lex_num("017") == 15);
    ck_assert(lex_num("019") == 19);
    ck_assert(lex_num("1.7976931348623157e308") == 1.7976931348623157e308);
    /* overlong literals (beyond the fast path's digit buffer) */
    char big[1200];
    memset(big, '1', 1000);
    strcpy(big + 1000, ".5e-990");
    ck_assert(lex_num(big) > 1111111111.0 && lex_num(big) < 1111111111.2);
    memset(big, '1', 395);
    strcpy(big + 395, "e-390");
    ck_assert(lex_num(big) > 11111.1 && lex_num(big) < 11111.2);
    Lx *l = lx_open("017");
    next_type(l);
    ck_assert(l->t.legacy_octal);
    lx_close(l);
    ck_assert(lex_fails("1__0"));
    ck_assert(lex_fails("1_"));
    ck_assert(lex_fails("0x"));
    ck_assert(lex_fails("3in"));
    ck_assert(lex_fails("1e"));
    ck_assert(lex_fails("0_1"));
}
END_TEST

START_TEST(strings)
{
    Lx *l = lx_open("'a\\x41\\u0042\\u{43}\\n\\\nz' \"\\0\" '\\101' '\\u{1F600}' 'caf\xc3\xa9'");
    ck_assert_int_eq(next_type(l), T_STRING);
    ck_assert(str_is(l->t.str, l->t.len, "aABC\nz"));
    ck_assert_int_eq(next_type(l), T_STRING);
    ck_assert_int_eq(l->t.len, 1);
    ck_assert_int_eq(l->t.str[0], 0);
    ck_assert(!l->t.legacy_octal);
    ck_assert_int_eq(next_type(l), T_STRING);
    ck_assert(str_is(l->t.str, l->t.len, "A"));
    ck_assert(l->t.legacy_octal);
    ck_assert_int_eq(next_type(l), T_STRING);
    ck_assert_int_eq(l->t.len, 2);
    ck_assert_int_eq(l->t.str[0], 0xD83D);
    ck_assert_int_eq(l->t.str[1], 0xDE00);
    ck_assert_int_eq(next_type(l), T_STRING);
    ck_assert_int_eq(l->t.len, 4);
    ck_assert_int_eq(l->t.str[3], 0xE9);
    lx_close(l);
    ck_assert(lex_fails("'abc"));
    ck_assert(lex_fails("'a\nb'"));
    ck_assert(lex_fails("'\\x4'"));
    ck_assert(lex_fails("'\\u{110000}'"));
}
END_TEST

START_TEST(templates)
{
    Lx *l = lx_open("`a${x}b\\x41${y}\r\nc` `\\unicode`");
    ck_assert_int_eq(next_type(l), T_TEMPLATE_HEAD);
    ck_assert(str_is(l->t.str, l->t.len, "a"));
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(next_type(l), T_RBRACE);
    ck_assert(lex_template_cont(&l->lx, &l->t));
    ck_assert_int_eq(l->t.type, T_TEMPLATE_MIDDLE);
    ck_assert(str_is(l->t.str, l->t.len, "bA"));
    ck_assert(str_is(l->t.raw, l->t.raw_len, "b\\x41"));
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(next_type(l), T_RBRACE);
    ck_assert(lex_template_cont(&l->lx, &l->t));
    ck_assert_int_eq(l->t.type, T_TEMPLATE_TAIL);
    ck_assert(str_is(l->t.str, l->t.len, "\nc"));
    ck_assert(str_is(l->t.raw, l->t.raw_len, "\nc"));
    ck_assert_int_eq(next_type(l), T_TEMPLATE);
    ck_assert(l->t.bad_escape);
    ck_assert_int_eq(l->t.line, 2);
    lx_close(l);
    ck_assert(lex_fails("`abc"));
}
END_TEST

START_TEST(regexps)
{
    Lx *l = lx_open("/[/]\\//gi.x");
    ck_assert_int_eq(next_type(l), T_SLASH);
    ck_assert(lex_regexp(&l->lx, &l->t));
    ck_assert_int_eq(l->t.type, T_REGEXP);
    ck_assert(str_is(l->t.str, l->t.len, "[/]\\/"));
    ck_assert_str_eq(l->t.flags, "gi");
    ck_assert_int_eq(next_type(l), T_DOT);
    lx_close(l);
    l = lx_open("/=a/");
    ck_assert_int_eq(next_type(l), T_SLASH_ASSIGN);
    ck_assert(lex_regexp(&l->lx, &l->t));
    ck_assert(str_is(l->t.str, l->t.len, "=a"));
    lx_close(l);
    l = lx_open("/a/gg");
    next_type(l);
    ck_assert(!lex_regexp(&l->lx, &l->t));
    lx_close(l);
    l = lx_open("/abc\n/");
    next_type(l);
    ck_assert(!lex_regexp(&l->lx, &l->t));
    lx_close(l);
}
END_TEST

START_TEST(positions_and_comments)
{
    Lx *l = lx_open("#!hashbang\na /* x\n */ b // c\n  c\xe2\x80\xa8" "d");
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.line, 2);
    ck_assert_int_eq(l->t.col, 1);
    ck_assert(l->t.nl_before);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.line, 3);
    ck_assert_int_eq(l->t.col, 5);
    ck_assert(l->t.nl_before);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.line, 4);
    ck_assert_int_eq(l->t.col, 3);
    ck_assert_int_eq(next_type(l), T_NAME);
    ck_assert_int_eq(l->t.line, 5);
    ck_assert(l->t.nl_before);
    ck_assert_int_eq(next_type(l), T_EOF);
    lx_close(l);
    l = lx_open("a /* one line */ b");
    next_type(l);
    next_type(l);
    ck_assert(!l->t.nl_before);
    lx_close(l);
    ck_assert(lex_fails("/* never closed"));
    ck_assert(lex_fails("a # b"));
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, punctuators);
    tcase_add_test(tc, keywords_and_names);
    tcase_add_test(tc, numbers);
    tcase_add_test(tc, strings);
    tcase_add_test(tc, templates);
    tcase_add_test(tc, regexps);
    tcase_add_test(tc, positions_and_comments);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
