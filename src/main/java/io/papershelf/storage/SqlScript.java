package io.papershelf.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQL script into statements the way SQLite's {@code sqlite3_complete} decides that a statement is
 * whole: at a semicolon outside quotes and comments, except inside {@code CREATE TRIGGER}, whose body holds
 * statements of its own and ends only at a semicolon, {@code END} and another semicolon. Comments are dropped
 * from the statements; the text inside quotes is kept as written.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<String> words = new ArrayList<>(); // the statement's words so far, upper case; ";" for each semicolon
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = quoted(sql, i);
                current.append(sql, i, end);
                words.add("QUOTED");
                i = end;
            } else if (c == ';') {
                current.append(c);
                i++;
                if (complete(words)) {
                    add(out, current);
                    words.clear();
                } else {
                    words.add(";");
                }
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                current.append(sql, start, i);
                words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                current.append(c);
                if (!Character.isWhitespace(c)) {
                    words.add(String.valueOf(c));
                }
                i++;
            }
        }
        add(out, current);
        return out;
    }

    /** Whether a semicolon now ends the statement: always, except in a trigger not yet at "; END". */
    private static boolean complete(List<String> words) {
        int first = 0;
        while (first < words.size() && words.get(first).equals("EXPLAIN")) {
            first++;
        }
        boolean trigger = words.size() > first + 1 && words.get(first).equals("CREATE")
                && (words.get(first + 1).equals("TRIGGER") || words.size() > first + 2
                && (words.get(first + 1).equals("TEMP") || words.get(first + 1).equals("TEMPORARY"))
                && words.get(first + 2).equals("TRIGGER"));
        if (!trigger) {
            return true;
        }
        int last = words.size() - 1;
        return last >= 1 && words.get(last).equals("END") && words.get(last - 1).equals(";");
    }

    /** The index just past a quoted string or name starting at {@code at}; a doubled quote stays inside. */
    private static int quoted(String sql, int at) {
        char open = sql.charAt(at);
        char close = open == '[' ? ']' : open;
        int i = at + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty() && !s.equals(";")) {
            out.add(s);
        }
        current.setLength(0);
    }
}
