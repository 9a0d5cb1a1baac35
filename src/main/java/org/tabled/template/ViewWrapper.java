package org.tabled.template;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The object wrapper templates see the data through: text, numbers, booleans, dates, lists, maps
 * and records, and nothing else.
 *
 * <p>FreeMarker's default wrapper exposes every public method of every object it is given, so a
 * template could call any of them, and reach further objects from their results. Templates come
 * from the council's content repository, where anyone who can open a pull request can change them,
 * so they must not reach Java at all. This wrapper shows a record as the values of its components
 * ({@code page.title}) and refuses any other kind of object; views are made of records, text and
 * lists of them ({@code docs/architecture.md}, "The website").
 */
final class ViewWrapper extends DefaultObjectWrapper {

  ViewWrapper() {
    super(Configuration.VERSION_2_3_35);
    setDOMNodeSupport(false);
    setJythonSupport(false);
    setUseAdaptersForContainers(true);
    setForceLegacyNonListCollections(false);
    setIterableSupport(false);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record r) {
      return new RecordModel(r, this);
    }
    if (obj instanceof Enum<?> || obj instanceof Character || obj instanceof TemporalAccessor) {
      return new SimpleScalar(obj.toString());
    }
    throw new TemplateModelException(
        "templates can read only text, numbers, lists and records, not a "
            + obj.getClass().getSimpleName());
  }

  /** A record seen from a template: a hash of its component values, and no methods. */
  private static final class RecordModel implements TemplateHashModelEx {
    private final Map<String, Method> accessors;
    private final Record record;
    private final ViewWrapper wrapper;

    RecordModel(Record record, ViewWrapper wrapper) {
      this.record = record;
      this.wrapper = wrapper;
      this.accessors = RecordAccessors.of(record.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method m = accessors.get(key);
      if (m == null) {
        return null;
      }
      try {
        return wrapper.wrap(m.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read '" + key + "'", e);
      }
    }

    @Override
    public boolean isEmpty() {
      return accessors.isEmpty();
    }

    @Override
    public int size() {
      return accessors.size();
    }

    @Override
    public TemplateCollectionModel keys() {
      return new SimpleCollection(new ArrayList<>(accessors.keySet()), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      List<TemplateModel> values = new ArrayList<>();
      for (String k : accessors.keySet()) {
        values.add(get(k));
      }
      return new SimpleCollection(values, wrapper);
    }
  }
}
