package org.meldcode.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The count and size of the jars on a class path: {@code Jars <label> <class path>}. Prints
 * {@code JARS <label> count=.. bytes=..} and then one {@code JAR <bytes> <name>} line per jar,
 * largest first. Directories on the path are not counted.
 */
public final class Jars {

    private Jars() {}

    public static void main(String[] args) {
        String label = args[0];
        List<File> jars = new ArrayList<>();
        for (String entry : args[1].split(File.pathSeparator)) {
            File f = new File(entry);
            if (f.isFile() && f.getName().endsWith(".jar")) {
                jars.add(f);
            }
        }
        jars.sort((a, b) -> Long.compare(b.length(), a.length()));
        long total = jars.stream().mapToLong(File::length).sum();
        System.out.println("JARS " + label + " count=" + jars.size() + " bytes=" + total);
        for (File f : jars) {
            System.out.println("JAR " + label + " " + f.length() + " " + f.getName());
        }
    }
}
