package io.github.trackdown.internal.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the values templates name in their views as Mustache's reflection handler does, failing on a name no view
 * has instead of rendering nothing.
 *
 * <p>Mustache's handler remembers, at each tag, which member served which shape of scopes, behind a chain of guards
 * (the number of scopes, the class of each) tried one after another, a failed guard thrown as an exception. A view
 * is a record or a map, and a partial such as a status label is met under many shapes of scopes: here each tag
 * looks through its scopes, innermost first, and remembers only, per class, the member that gives the name (or that
 * none does). The member is the one Mustache finds (a method of that name, then {@code getName}, {@code isName},
 * a field); a map gives a name it holds as a key. A name with a dot is left to Mustache's own lookup.
 */
final class ViewObjectHandler extends ReflectionObjectHandler {

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        if (name == null || name.indexOf('.') >= 0) {
            return super.createBinding(name, tc, code);
        }
        return new ViewBinding(name);
    }

    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
        throw missing(name);
    }

    private static MustacheException missing(String name) {
        return new MustacheException("a template uses `" + name + "`, which its view does not have");
    }

    /** The member of a class that gives a name's value, or {@link #NONE} when the class has none. */
    private abstract static class Accessor {
        abstract Object get(Object view) throws ReflectiveOperationException;
    }

    /** What a class without the name has. */
    private static final Accessor NONE = new Accessor() {
        @Override
        Object get(Object view) {
            throw new IllegalStateException("no member");
        }
    };

    private Accessor accessor(Class<?> type, String name) {
        AccessibleObject member = findMember(type, name);
        if (member instanceof Method method) {
            return new Accessor() {
                @Override
                Object get(Object view) throws ReflectiveOperationException {
                    return method.invoke(view);
                }
            };
        }
        if (member instanceof Field field) {
            return new Accessor() {
                @Override
                Object get(Object view) throws ReflectiveOperationException {
                    return field.get(view);
                }
            };
        }
        return NONE;
    }

    /** A class and the member that gives the name in it. */
    private record Known(Class<?> type, Accessor accessor) {
    }

    /** One tag's name, looked up in its scopes innermost first. */
    private final class ViewBinding implements Binding {
        private final String name;
        /** The classes met so far and their member; replaced whole when a class is added, so readers need no lock. */
        private volatile Known[] known = new Known[0];

        ViewBinding(String name) {
            this.name = name;
        }

        @Override
        public Object get(List<Object> scopes) {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Object scope = coerce(scopes.get(i));
                if (scope == null) {
                    continue;
                }
                if (scope instanceof Map<?, ?> map) {
                    if (map.containsKey(name)) {
                        return coerce(map.get(name));
                    }
                    continue;
                }
                Accessor accessor = accessorIn(scope.getClass());
                if (accessor != NONE) {
                    try {
                        return coerce(accessor.get(scope));
                    } catch (InvocationTargetException e) {
                        throw new MustacheException("Error invoking `" + name + "` on " + scope.getClass().getName(),
                                e.getTargetException());
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new MustacheException("Error invoking `" + name + "` on " + scope.getClass().getName(),
                                e);
                    }
                }
            }
            throw missing(name);
        }

        private Accessor accessorIn(Class<?> type) {
            Known[] seen = known;
            for (Known entry : seen) {
                if (entry.type == type) {
                    return entry.accessor;
                }
            }
            Accessor found = accessor(type, name);
            Known[] grown = Arrays.copyOf(seen, seen.length + 1);
            grown[seen.length] = new Known(type, found);
            known = grown;
            return found;
        }
    }
}
