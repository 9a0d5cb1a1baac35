package org.tabled.load;

/**
 * A YAML file as read: its display path and its root value.
 *
 * @param path the path shown to authors
 * @param root the parsed value, with positions
 */
public record RawYaml(String path, YamlNode root) {}
