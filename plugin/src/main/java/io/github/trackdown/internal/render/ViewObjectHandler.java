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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the values templates name in their views as Mustache's reflection handler does, failing on a name no view
 * has instead of rendering nothing.
 *
 * <p>Mustache's handler remembers, at each tag, which member served which shape of scopes behind a chain of guards
 * (the number of scopes, the class of each) tried one after another, a failed guard thrown as an exception. Here each
 * tag learns, scope by scope from the innermost, which classes it met there and, for each, either the member that
 * gives the name or what it met further out: one look at each scope's class on the way to the value. The member is
 * the one Mustache finds (a method of that name, then {@code getName}, {@code isName}, a field), found once per
 * class and name for all tags; a map gives a name it holds as a key, looked up again every time. A name with a dot
 * is left to Mustache's own lookup.
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

    /** What stands for a class without the name. */
    private static final Function<Object, Object> NONE = view -> null;

    /** The members found so far, by class and name ({@link #NONE} for none): all tags share them. */
    private final Map<Class<?>, Map<String, Function<Object, Object>>> members = new ConcurrentHashMap<>();

    /** The member of {@code type} that gives the name, as Mustache finds it; {@code null} when there is none. */
    private Function<Object, Object> accessor(Class<?> type, String name) {
        Function<Object, Object> known = members.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> {
                    Function<Object, Object> found = lookUp(type, n);
                    return found == null ? NONE : found;
                });
        return known == NONE ? null : known;
    }

    private Function<Object, Object> lookUp(Class<?> type, String name) {
        AccessibleObject member = findMember(type, name);
        if (member instanceof Method method) {
            return view -> {
                try {
                    return method.invoke(view);
                } catch (InvocationTargetException e) {
                    throw failure(name, view, e.getTargetException());
                } catch (IllegalAccessException e) {
                    throw failure(name, view, e);
                }
            };
        }
        if (member instanceof Field field) {
            return view -> {
                try {
                    return field.get(view);
                } catch (IllegalAccessException e) {
                    throw failure(name, view, e);
                }
            };
        }
        return null;
    }

    private static MustacheException failure(String name, Object view, Throwable cause) {
        return new MustacheException("Error invoking `" + name + "` on " + view.getClass().getName(), cause);
    }

    /**
     * What a tag learnt about the scopes at one depth, given the classes of the scopes inside it: for each class
     * met there, the member that gives the name, or, when that class has none, what it learnt about the scope
     * around it.
     */
    private static final class Level {
        private volatile Branches branches = new Branches(new Class<?>[0], new Function[0], new Level[0]);
    }

    /** The classes met at a level, and for each the member, or the next level out when it has none. */
    private record Branches(Class<?>[] classes, Function<Object, Object>[] accessors, Level[] outer) {

        Branches with(Class<?> type, Function<Object, Object> accessor, Level next) {
            int n = classes.length;
            Class<?>[] moreClasses = Arrays.copyOf(classes, n + 1);
            Function<Object, Object>[] moreAccessors = Arrays.copyOf(accessors, n + 1);
            Level[] moreOuter = Arrays.copyOf(outer, n + 1);
            moreClasses[n] = type;
            moreAccessors[n] = accessor;
            moreOuter[n] = next;
            return new Branches(moreClasses, moreAccessors, moreOuter);
        }
    }

    /** One tag's name, looked up in its scopes innermost first. */
    private final class ViewBinding implements Binding {
        private final String name;
        /** What it learnt about the innermost scope. */
        private final Level innermost = new Level();

        ViewBinding(String name) {
            this.name = name;
        }

        @Override
        public Object get(List<Object> scopes) {
            Level level = innermost;
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Object scope = scopes.get(i);
                Class<?> type = scope == null ? null : scope.getClass();
                Branches branches = level.branches;
                Class<?>[] classes = branches.classes;
                int k = 0;
                while (k < classes.length && classes[k] != type) {
                    k++;
                }
                if (k == classes.length) {
                    return find(scopes);
                }
                Function<Object, Object> accessor = branches.accessors[k];
                if (accessor != null) {
                    return value(accessor, scope);
                }
                level = branches.outer[k];
            }
            throw missing(name);
        }

        /**
         * Looks through every scope as Mustache does, and learns the classes met on the way until a map, an optional
         * value or nothing is met, since what those give is looked at again every time.
         */
        private Object find(List<Object> scopes) {
            Level level = innermost;
            for (int i = scopes.size() - 1; i >= 0; i--) {
                Object given = scopes.get(i);
                Object scope = coerce(given);
                if (given == null || scope != given || scope instanceof Map<?, ?>) {
                    level = null;
                }
                if (scope == null) {
                    continue;
                }
                if (scope instanceof Map<?, ?> map) {
                    if (map.containsKey(name)) {
                        return coerce(map.get(name));
                    }
                    continue;
                }
                Function<Object, Object> accessor = accessor(scope.getClass(), name);
                if (level != null) {
                    level = learn(level, scope.getClass(), accessor);
                }
                if (accessor != null) {
                    return value(accessor, scope);
                }
            }
            throw missing(name);
        }

        /** Notes at a level what a class gives, and returns the next level out. */
        private Level learn(Level level, Class<?> type, Function<Object, Object> accessor) {
            Branches branches = level.branches;
            for (int k = 0; k < branches.classes.length; k++) {
                if (branches.classes[k] == type) {
                    return branches.outer[k];
                }
            }
            Level next = accessor == null ? new Level() : null;
            level.branches = branches.with(type, accessor, next);
            return next;
        }

        private Object value(Function<Object, Object> accessor, Object scope) {
            try {
                return coerce(accessor.apply(scope));
            } catch (MustacheException e) {
                throw e;
            } catch (RuntimeException e) {
                throw failure(name, scope, e);
            }
        }
    }
}
