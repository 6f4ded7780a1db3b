package dev.viva.calibration.dataset;

/** What is wrong with one line of a data set (lines count from 1; 0 stands for the file as a whole). */
public record LineError(int line, String message) {
}
