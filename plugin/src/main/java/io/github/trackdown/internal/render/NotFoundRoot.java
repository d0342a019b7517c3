package io.github.trackdown.internal.render;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The script that lets the not-found page link correctly wherever a server sends it, when the site's address is not
 * known.
 *
 * <p>GitHub Pages (like most servers) sends the site's {@code 404.html} for any missing address under the site, at
 * any depth: {@code /repo/recommendations/r99.html} gets it, and its relative links would then lead into
 * {@code /repo/recommendations/}. With the site's address known ({@code siteUrl}) the page links absolutely and
 * needs no script. Without it, this script, run first in the page's {@code <head>}, sets the page's
 * {@code <base>} to the site's root before anything else is read:
 * <ol>
 * <li>at once, when the missing address passes through one of the site's own folders ({@code recommendations/},
 * {@code reviews/}, ...): the root is the address up to the last such folder;</li>
 * <li>otherwise, by asking for {@code 404.html} in each folder from the address's own up to the server's root: the
 * first that has it is the site's root (one request for an address at the top of the site).</li>
 * </ol>
 * Without JavaScript the links stay relative to the missing address; the page's style is inline either way.
 */
final class NotFoundRoot {

    private NotFoundRoot() {
    }

    /** The script, as a complete {@code <script>} element, for a site whose pages are at {@code paths}. */
    static String scriptHtml(Collection<String> paths) {
        TreeSet<String> folders = new TreeSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash > 0 && path.substring(0, slash).matches("[A-Za-z0-9._-]+")) {
                folders.add(path.substring(0, slash));
            }
        }
        folders.add("assets");
        String list = folders.stream().map(folder -> "'" + folder + "'").collect(Collectors.joining(","));
        return "<script>(function(){var folders=[" + list + "];"
                + "var parts=location.pathname.split('/');var base=document.createElement('base');"
                + "function use(root){base.href=root;document.head.insertBefore(base,document.head.firstChild);}"
                + "for(var i=parts.length-2;i>0;i--){if(folders.indexOf(parts[i])>=0){"
                + "use(parts.slice(0,i).join('/')+'/');return;}}"
                + "if(location.protocol==='file:'||!window.fetch){return;}"
                + "var dirs=[];for(var j=parts.length-1;j>0;j--){dirs.push(parts.slice(0,j).join('/')+'/');}"
                + "(function probe(k){if(k>=dirs.length){return;}"
                + "fetch(dirs[k]+'404.html',{method:'HEAD'}).then(function(r){if(r.ok){use(dirs[k]);}"
                + "else{probe(k+1);}},function(){});})(0);})();</script>";
    }
}
